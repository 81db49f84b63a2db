// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.188696972154) q[0];
ry(pi*0.170569289614) q[1];
ry(pi*-0.033256188697) q[2];
ry(pi*0.473771442427) q[3];
ry(pi*0.005275557481) q[4];
ry(pi*-0.009026017318) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.11974263612) q[0];
ry(pi*-0.012102849749) q[1];
ry(pi*-0.066512989266) q[2];
ry(pi*-0.411451050948) q[3];
ry(pi*0.154277685247) q[4];
ry(pi*-0.014556148163) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.119048660441) q[0];
ry(pi*-0.461896513482) q[1];
ry(pi*-0.181035928417) q[2];
ry(pi*0.280917768927) q[3];
ry(pi*-0.056816810031) q[4];
ry(pi*0.005040374265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.196458609399) q[0];
ry(pi*-0.006096736539) q[1];
ry(pi*0.18379697547) q[2];
ry(pi*0.101015452698) q[3];
ry(pi*0.410465644378) q[4];
ry(pi*-0.010204026329) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.233371437104) q[0];
ry(pi*0.372392728015) q[1];
ry(pi*0.311416043445) q[2];
ry(pi*0.500901712721) q[3];
ry(pi*0.003937634887) q[4];
ry(pi*-0.00409212256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
