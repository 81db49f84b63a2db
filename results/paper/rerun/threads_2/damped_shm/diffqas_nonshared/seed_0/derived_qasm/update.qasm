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
ry(pi*-0.084240669365) q[0];
ry(pi*-0.004690356418) q[1];
ry(pi*-0.160258246316) q[2];
ry(pi*-0.016229584827) q[3];
ry(pi*0.15254003769) q[4];
ry(pi*0.275664158172) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.154635938155) q[0];
ry(pi*-0.372105898016) q[1];
ry(pi*0.023894385168) q[2];
ry(pi*0.360926927401) q[3];
ry(pi*0.070429666381) q[4];
ry(pi*-0.109612308243) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.033202751953) q[0];
ry(pi*-0.143323219156) q[1];
ry(pi*-0.018345125643) q[2];
ry(pi*0.134630295103) q[3];
ry(pi*-0.001410791878) q[4];
ry(pi*-0.188420292574) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.107405919982) q[0];
ry(pi*0.13323453646) q[1];
ry(pi*0.151868136803) q[2];
ry(pi*-0.05102949114) q[3];
ry(pi*0.507692969812) q[4];
ry(pi*0.106897810826) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.124288440063) q[0];
ry(pi*0.077269057334) q[1];
ry(pi*-0.045216227017) q[2];
ry(pi*0.316803848445) q[3];
ry(pi*-0.227069088747) q[4];
ry(pi*-0.003756580031) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
