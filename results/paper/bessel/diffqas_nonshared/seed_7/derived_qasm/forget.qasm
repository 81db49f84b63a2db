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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003061702554) q[0];
rx(pi*-0.172475140066) q[1];
rx(pi*0.031081171874) q[2];
rx(pi*-0.17464871496) q[3];
rx(pi*0.094724326722) q[4];
rx(pi*-0.001894461022) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.142876714511) q[0];
rx(pi*-0.274948980448) q[1];
rx(pi*-0.151048476157) q[2];
rx(pi*-0.137433091688) q[3];
rx(pi*0.100509449517) q[4];
rx(pi*0.00102605998) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.213191453474) q[0];
rx(pi*-0.274636745939) q[1];
rx(pi*0.062051642509) q[2];
rx(pi*-0.132950002163) q[3];
rx(pi*0.093575403527) q[4];
rx(pi*-0.004031321426) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.099386224908) q[0];
rx(pi*-0.266368403521) q[1];
rx(pi*-0.143165973023) q[2];
rx(pi*-0.091048907066) q[3];
rx(pi*0.10746698377) q[4];
rx(pi*0.004582985489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041280102835) q[0];
rx(pi*-0.133880549033) q[1];
rx(pi*0.035859467867) q[2];
rx(pi*-0.171835056477) q[3];
rx(pi*0.094363996298) q[4];
rx(pi*0.002825148853) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
