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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.043366033121) q[0];
ry(pi*-0.108838210651) q[1];
ry(pi*0.01744384898) q[2];
ry(pi*-0.0620669298) q[3];
ry(pi*0.124828594189) q[4];
ry(pi*0.085327219653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.05312309116) q[0];
ry(pi*-0.036224311434) q[1];
ry(pi*0.053668154485) q[2];
ry(pi*0.056906693423) q[3];
ry(pi*0.37752011308) q[4];
ry(pi*0.163795221832) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.054340382652) q[0];
ry(pi*-0.00975144922) q[1];
ry(pi*0.24054139024) q[2];
ry(pi*-0.350122820335) q[3];
ry(pi*0.044979670056) q[4];
ry(pi*0.170666468028) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.048284390681) q[0];
ry(pi*-0.319656571815) q[1];
ry(pi*0.074330477537) q[2];
ry(pi*-0.456806732404) q[3];
ry(pi*0.029428595747) q[4];
ry(pi*0.508401715775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.222007671927) q[0];
ry(pi*0.096666386663) q[1];
ry(pi*0.145214707237) q[2];
ry(pi*-0.099106595067) q[3];
ry(pi*-0.018154813569) q[4];
ry(pi*0.000608174355) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
