// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002016977688) q[0];
rz(pi*-0.003101045807) q[1];
rz(pi*0.005694749076) q[2];
rz(pi*-0.003250610645) q[3];
rz(pi*-0.002234914677) q[4];
rz(pi*-0.008740069552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004876210787) q[0];
rz(pi*0.000237640854) q[1];
rz(pi*0.005217894557) q[2];
rz(pi*-0.003139237652) q[3];
rz(pi*0.001125747688) q[4];
rz(pi*0.000286089933) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000681242001) q[0];
rz(pi*0.006651510354) q[1];
rz(pi*0.007259423278) q[2];
rz(pi*0.004434859911) q[3];
rz(pi*-0.001232973802) q[4];
rz(pi*0.002886474406) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004324616686) q[0];
rz(pi*0.001818119577) q[1];
rz(pi*0.001853218864) q[2];
rz(pi*0.001574161317) q[3];
rz(pi*-0.002829782651) q[4];
rz(pi*0.00081887135) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00514219448) q[0];
rz(pi*-0.003133104415) q[1];
rz(pi*0.000296101207) q[2];
rz(pi*0.002693022342) q[3];
rz(pi*-0.004309767843) q[4];
rz(pi*-0.000405246737) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
