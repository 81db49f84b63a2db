// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.106979886932) q[0];
ry(pi*-0.205851068145) q[1];
ry(pi*-0.03478171382) q[2];
ry(pi*0.179493425056) q[3];
ry(pi*-0.021808300728) q[4];
ry(pi*0.108016149952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.096382241307) q[0];
ry(pi*0.068494484062) q[1];
ry(pi*0.005081106383) q[2];
ry(pi*-0.113439908308) q[3];
ry(pi*-0.094292914899) q[4];
ry(pi*0.059225869926) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.044536774977) q[0];
ry(pi*0.061472855125) q[1];
ry(pi*-0.265755223288) q[2];
ry(pi*-0.231641634778) q[3];
ry(pi*-0.014260451961) q[4];
ry(pi*0.133529942142) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.381977608369) q[0];
ry(pi*-0.428746493909) q[1];
ry(pi*-0.275733351783) q[2];
ry(pi*-0.282821152921) q[3];
ry(pi*-0.207070086157) q[4];
ry(pi*-0.03362373588) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.235356195213) q[0];
ry(pi*-0.418830121708) q[1];
ry(pi*-0.125382076672) q[2];
ry(pi*-0.13258453961) q[3];
ry(pi*-0.306372252307) q[4];
ry(pi*-0.000216032098) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
