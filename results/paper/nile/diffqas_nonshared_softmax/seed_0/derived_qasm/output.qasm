// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.004162192179) q[0];
ry(pi*0.018401985782) q[1];
ry(pi*-0.084844752166) q[2];
ry(pi*0.030141567889) q[3];
ry(pi*-0.451831926176) q[4];
ry(pi*0.026793641574) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.326463462451) q[0];
ry(pi*0.10736762349) q[1];
ry(pi*0.039663947268) q[2];
ry(pi*-0.265724772028) q[3];
ry(pi*-0.263750847358) q[4];
ry(pi*0.000480023116) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002463121109) q[0];
ry(pi*0.005148502326) q[1];
ry(pi*0.106338997001) q[2];
ry(pi*0.368026188079) q[3];
ry(pi*0.109729834928) q[4];
ry(pi*0.005235211933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.146042526164) q[0];
ry(pi*0.017668232552) q[1];
ry(pi*-0.186038321019) q[2];
ry(pi*0.180468927852) q[3];
ry(pi*-0.001155402019) q[4];
ry(pi*-0.377439554793) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.081949766999) q[0];
ry(pi*-0.206622917467) q[1];
ry(pi*-0.417934873636) q[2];
ry(pi*0.009215616729) q[3];
ry(pi*0.000809729524) q[4];
ry(pi*0.000638420064) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
