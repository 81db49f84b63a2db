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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.028568978494) q[0];
rx(pi*0.107960569288) q[1];
rx(pi*-0.02613461844) q[2];
rx(pi*-0.109691898919) q[3];
rx(pi*-0.029482815116) q[4];
rx(pi*-0.001514501215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.289940562657) q[0];
rx(pi*0.00537823977) q[1];
rx(pi*0.132997158927) q[2];
rx(pi*-0.107579558568) q[3];
rx(pi*-0.032097447105) q[4];
rx(pi*0.001973559148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.043325170566) q[0];
rx(pi*0.215355636858) q[1];
rx(pi*-0.038551326054) q[2];
rx(pi*-0.095016858033) q[3];
rx(pi*-0.027474288898) q[4];
rx(pi*0.000990393364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.209494537694) q[0];
rx(pi*0.079579141148) q[1];
rx(pi*0.132049308912) q[2];
rx(pi*-0.093633270407) q[3];
rx(pi*-0.029841003992) q[4];
rx(pi*-0.002947498174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.012654780024) q[0];
rx(pi*0.091333612118) q[1];
rx(pi*-0.030088562775) q[2];
rx(pi*-0.10312886501) q[3];
rx(pi*-0.017901625808) q[4];
rx(pi*-0.000664312603) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
