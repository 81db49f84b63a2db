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
rx(pi*0.070179634026) q[0];
rx(pi*0.20429499927) q[1];
rx(pi*-0.005193985338) q[2];
rx(pi*0.002819904074) q[3];
rx(pi*0.001823878547) q[4];
rx(pi*-0.000745849172) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.068449499677) q[0];
rx(pi*0.197344409043) q[1];
rx(pi*0.003921275339) q[2];
rx(pi*0.002796089126) q[3];
rx(pi*0.002747665634) q[4];
rx(pi*0.004752209947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.074524720528) q[0];
rx(pi*0.197303883254) q[1];
rx(pi*0.002493372118) q[2];
rx(pi*0.002285601706) q[3];
rx(pi*0.004393978383) q[4];
rx(pi*0.001520742063) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.075004806935) q[0];
rx(pi*0.20198210749) q[1];
rx(pi*-0.000205419996) q[2];
rx(pi*-0.003392440235) q[3];
rx(pi*-0.000103775121) q[4];
rx(pi*0.000315801311) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.076665145288) q[0];
rx(pi*0.199489088443) q[1];
rx(pi*-0.001891045335) q[2];
rx(pi*0.000805894287) q[3];
rx(pi*-0.000939719378) q[4];
rx(pi*-0.001572226393) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
