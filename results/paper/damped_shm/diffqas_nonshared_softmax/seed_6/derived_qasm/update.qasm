// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.151631271535) q[0];
ry(pi*0.011455357302) q[1];
ry(pi*0.020903068247) q[2];
ry(pi*0.018830877788) q[3];
ry(pi*0.145094685635) q[4];
ry(pi*0.009509421585) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.030709438829) q[0];
ry(pi*0.235393742281) q[1];
ry(pi*-0.505514480977) q[2];
ry(pi*-0.006063834237) q[3];
ry(pi*0.001841526018) q[4];
ry(pi*0.009207048162) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042284301911) q[0];
ry(pi*0.105354586501) q[1];
ry(pi*0.161903487105) q[2];
ry(pi*-0.001420272916) q[3];
ry(pi*0.049743570477) q[4];
ry(pi*-0.05894606933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006327069847) q[0];
ry(pi*0.275567529968) q[1];
ry(pi*-0.171829573353) q[2];
ry(pi*0.49912423188) q[3];
ry(pi*0.513281582373) q[4];
ry(pi*-0.003267843829) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.104114205175) q[0];
ry(pi*0.004019972462) q[1];
ry(pi*-0.082344940875) q[2];
ry(pi*-0.028021503258) q[3];
ry(pi*0.004626341182) q[4];
ry(pi*0.001176340669) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
