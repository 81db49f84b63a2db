// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.493720300045) q[0];
ry(pi*-0.000194295073) q[1];
ry(pi*-6.1978594e-05) q[2];
ry(pi*0.009954528768) q[3];
ry(pi*0.499478528971) q[4];
ry(pi*0.003586598145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-9.312468e-06) q[0];
ry(pi*-0.252100422936) q[1];
ry(pi*-0.000284339122) q[2];
ry(pi*0.147852298621) q[3];
ry(pi*-0.025294156548) q[4];
ry(pi*-0.006201930939) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-7.425158e-05) q[0];
ry(pi*-0.000307315676) q[1];
ry(pi*0.000962208977) q[2];
ry(pi*0.067365861706) q[3];
ry(pi*-0.256433779537) q[4];
ry(pi*-0.047270216683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.792384892574) q[0];
ry(pi*-0.502904172403) q[1];
ry(pi*-0.000180095824) q[2];
ry(pi*-0.000504508855) q[3];
ry(pi*0.001028468333) q[4];
ry(pi*0.000641028595) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.01510884802) q[0];
ry(pi*-0.000670345418) q[1];
ry(pi*0.000508689566) q[2];
ry(pi*-0.041547590118) q[3];
ry(pi*-0.243598241403) q[4];
ry(pi*3.1075658e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
