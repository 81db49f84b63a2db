// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.138235523653) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.090734595042) q[0];
rx(pi*-0.040840314544) q[1];
rx(pi*0.017628872401) q[2];
rx(pi*0.072182776727) q[3];
rx(pi*-0.06887013498) q[4];
rx(pi*0.132268652848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.073167082878) q[0];
rx(pi*-0.001648724067) q[1];
rx(pi*-0.045926097115) q[2];
rx(pi*0.010703534902) q[3];
rx(pi*0.104953303401) q[4];
rx(pi*-0.169491675491) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.033138915772) q[0];
rx(pi*-0.061210514199) q[1];
rx(pi*-0.002981525204) q[2];
rx(pi*-0.003436390901) q[3];
rx(pi*0.019464111029) q[4];
rx(pi*-0.00661921518) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.096011494844) q[0];
rx(pi*-0.139143418488) q[1];
rx(pi*0.131683476391) q[2];
rx(pi*-0.020814152465) q[3];
rx(pi*-0.052971190599) q[4];
rx(pi*-0.004229377939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.095997872411) q[0];
rx(pi*0.00620418751) q[1];
rx(pi*0.001665901815) q[2];
rx(pi*0.064387159291) q[3];
rx(pi*-0.137899935118) q[4];
rx(pi*-0.002363891119) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
