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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.096645867636) q[0];
rx(pi*-0.094398213649) q[1];
rx(pi*0.047135045342) q[2];
rx(pi*-0.03661670343) q[3];
rx(pi*0.019980165023) q[4];
rx(pi*0.003751631108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.363707649194) q[0];
rx(pi*-0.08280967833) q[1];
rx(pi*-0.049175455263) q[2];
rx(pi*-0.04885223079) q[3];
rx(pi*0.018595299109) q[4];
rx(pi*2.1290721e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.143383808625) q[0];
rx(pi*-0.169984739258) q[1];
rx(pi*0.04707807018) q[2];
rx(pi*-0.034157572082) q[3];
rx(pi*0.023072177431) q[4];
rx(pi*-0.000330376421) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.121741092552) q[0];
rx(pi*-0.060237435172) q[1];
rx(pi*-0.039059492128) q[2];
rx(pi*-0.042695265856) q[3];
rx(pi*0.021213782565) q[4];
rx(pi*-0.003147594258) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.030455638011) q[0];
rx(pi*-0.089678325259) q[1];
rx(pi*0.052553486585) q[2];
rx(pi*-0.033824899181) q[3];
rx(pi*0.020042575877) q[4];
rx(pi*-0.001101801486) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
