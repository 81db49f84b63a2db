// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.42459461164) q[0];
ry(pi*-0.0485745836) q[1];
ry(pi*0.255180174205) q[2];
ry(pi*0.077773651788) q[3];
ry(pi*0.36514164741) q[4];
ry(pi*0.199942840677) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.033441813317) q[0];
ry(pi*0.021583786719) q[1];
ry(pi*-0.432851892946) q[2];
ry(pi*0.036942427563) q[3];
ry(pi*-0.202921315419) q[4];
ry(pi*0.145116466349) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.100835296973) q[0];
ry(pi*0.012006826302) q[1];
ry(pi*0.066080495995) q[2];
ry(pi*0.080393309183) q[3];
ry(pi*-0.19714538492) q[4];
ry(pi*-0.042874425513) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.458388528324) q[0];
ry(pi*-0.441083598989) q[1];
ry(pi*0.010395263326) q[2];
ry(pi*0.426222852847) q[3];
ry(pi*-0.362000557248) q[4];
ry(pi*0.013265417908) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.510251027439) q[0];
ry(pi*-0.052214358207) q[1];
ry(pi*-0.408295503551) q[2];
ry(pi*-0.261729661573) q[3];
ry(pi*0.282590539173) q[4];
ry(pi*0.00787015069) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
