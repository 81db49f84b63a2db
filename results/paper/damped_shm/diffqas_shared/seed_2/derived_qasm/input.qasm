// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.01874659017) q[0];
ry(pi*0.117029628063) q[1];
ry(pi*0.27290402181) q[2];
ry(pi*0.494275556479) q[3];
ry(pi*0.975978707863) q[4];
ry(pi*-0.138983686926) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.020937935414) q[0];
ry(pi*0.097866299118) q[1];
ry(pi*-0.029441855326) q[2];
ry(pi*0.000963274934) q[3];
ry(pi*-0.013271477329) q[4];
ry(pi*-0.455859233384) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.476373061482) q[0];
ry(pi*-0.43904505314) q[1];
ry(pi*-0.298399106871) q[2];
ry(pi*0.456788632402) q[3];
ry(pi*-0.280840322171) q[4];
ry(pi*0.026933899983) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.109469462425) q[0];
ry(pi*-0.02258134059) q[1];
ry(pi*-0.007159552513) q[2];
ry(pi*-0.041697114343) q[3];
ry(pi*-0.456723290259) q[4];
ry(pi*0.14065206498) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014393044195) q[0];
ry(pi*-0.479950221278) q[1];
ry(pi*0.039452491252) q[2];
ry(pi*-0.268253763405) q[3];
ry(pi*-0.217752520992) q[4];
ry(pi*-0.002454361184) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
