// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.146485558796) q[0];
rx(pi*-0.120015976496) q[1];
rx(pi*0.078017190721) q[2];
rx(pi*0.005129745986) q[3];
rx(pi*0.06078229454) q[4];
rx(pi*-0.497334912045) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.094842498481) q[0];
rx(pi*0.02751632302) q[1];
rx(pi*-0.091451840795) q[2];
rx(pi*0.115617827962) q[3];
rx(pi*0.172268735544) q[4];
rx(pi*-0.082664034032) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.109236676298) q[0];
rx(pi*-0.018095172736) q[1];
rx(pi*3.4355443e-05) q[2];
rx(pi*0.029406369173) q[3];
rx(pi*-0.063061272534) q[4];
rx(pi*-0.047167792304) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.090301475671) q[0];
rx(pi*-0.014746697397) q[1];
rx(pi*-0.216461918803) q[2];
rx(pi*-0.063298469826) q[3];
rx(pi*-0.035213576246) q[4];
rx(pi*0.069574313254) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.198628143098) q[0];
rx(pi*-0.00109657531) q[1];
rx(pi*-0.021068439459) q[2];
rx(pi*-0.023692894588) q[3];
rx(pi*0.050224695642) q[4];
rx(pi*0.000321411167) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
