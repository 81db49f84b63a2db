// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
ry(pi*0.327917419998) q[0];
ry(pi*0.00532604752) q[1];
ry(pi*0.014382247515) q[2];
ry(pi*0.049430553342) q[3];
ry(pi*0.073618994755) q[4];
ry(pi*0.035250606306) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.491080431931) q[0];
ry(pi*0.250808397791) q[1];
ry(pi*0.000459364313) q[2];
ry(pi*-0.495611769154) q[3];
ry(pi*-0.370075814012) q[4];
ry(pi*-0.504230898704) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.497106518108) q[0];
ry(pi*0.464703152048) q[1];
ry(pi*-0.415814896754) q[2];
ry(pi*0.000195294144) q[3];
ry(pi*-0.001130430103) q[4];
ry(pi*0.072628650528) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.020534944767) q[0];
ry(pi*-0.499612286842) q[1];
ry(pi*-0.004588270585) q[2];
ry(pi*-0.496326244887) q[3];
ry(pi*-0.304188318293) q[4];
ry(pi*0.161915724527) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016571861496) q[0];
ry(pi*-0.536896885538) q[1];
ry(pi*0.00024289523) q[2];
ry(pi*-0.006660824787) q[3];
ry(pi*0.110088571642) q[4];
ry(pi*-0.001357512252) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
