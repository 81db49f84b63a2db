// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.160161086875) q[0];
ry(pi*0.147348932652) q[1];
ry(pi*0.091205233021) q[2];
ry(pi*0.035848058131) q[3];
ry(pi*-0.101944159212) q[4];
ry(pi*-0.011533098136) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.106929210723) q[0];
ry(pi*0.055657257353) q[1];
ry(pi*-0.40536633898) q[2];
ry(pi*-0.07590690417) q[3];
ry(pi*-0.153185300839) q[4];
ry(pi*0.126739918279) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.095527243918) q[0];
ry(pi*0.16821797802) q[1];
ry(pi*-0.031320963689) q[2];
ry(pi*-0.028498715295) q[3];
ry(pi*0.332409863088) q[4];
ry(pi*-0.231699198095) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006438999572) q[0];
ry(pi*-0.052362132195) q[1];
ry(pi*-0.029345853222) q[2];
ry(pi*-0.014364638434) q[3];
ry(pi*0.242583446047) q[4];
ry(pi*0.010616923123) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.094106137684) q[0];
ry(pi*-0.001603171686) q[1];
ry(pi*0.087104007988) q[2];
ry(pi*-0.062304326306) q[3];
ry(pi*-0.062578112541) q[4];
ry(pi*-0.004375565332) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
