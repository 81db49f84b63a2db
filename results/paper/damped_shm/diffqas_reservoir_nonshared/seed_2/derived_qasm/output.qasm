// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.615657732077) q[0];
ry(pi*0.052663832086) q[1];
ry(pi*1.333078983836) q[2];
ry(pi*1.101697370565) q[3];
ry(pi*0.554704023505) q[4];
ry(pi*1.996672539273) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.150518500278) q[0];
ry(pi*1.570352166503) q[1];
ry(pi*0.450017031077) q[2];
ry(pi*0.292802430892) q[3];
ry(pi*1.467485874835) q[4];
ry(pi*0.6210419702) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.464696321859) q[0];
ry(pi*1.99310976082) q[1];
ry(pi*1.070484013186) q[2];
ry(pi*0.863883161024) q[3];
ry(pi*0.117050156576) q[4];
ry(pi*1.282791033052) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.088748622045) q[0];
ry(pi*0.250026606749) q[1];
ry(pi*1.252818113918) q[2];
ry(pi*1.251410032475) q[3];
ry(pi*1.517363255358) q[4];
ry(pi*1.223268666511) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.588575386945) q[0];
ry(pi*1.579898494233) q[1];
ry(pi*0.335302524092) q[2];
ry(pi*1.935707484998) q[3];
ry(pi*1.526481709682) q[4];
ry(pi*0.635522957823) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
