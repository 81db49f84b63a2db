// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.170131531407) q[0];
ry(pi*0.072898988466) q[1];
ry(pi*-0.238859437184) q[2];
ry(pi*-0.293603593109) q[3];
ry(pi*0.036609683514) q[4];
ry(pi*-0.034882653581) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.216612486529) q[0];
ry(pi*0.527005633255) q[1];
ry(pi*-0.125613164738) q[2];
ry(pi*-0.107757428078) q[3];
ry(pi*0.011792610936) q[4];
ry(pi*-0.008628962177) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003379238167) q[0];
ry(pi*-0.478124777331) q[1];
ry(pi*0.161137310635) q[2];
ry(pi*0.121501571099) q[3];
ry(pi*0.150828582011) q[4];
ry(pi*0.012618908487) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.016561979066) q[0];
ry(pi*0.347924865461) q[1];
ry(pi*-0.26281399205) q[2];
ry(pi*0.484548380518) q[3];
ry(pi*-0.384803712974) q[4];
ry(pi*-0.020103136887) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.154358053806) q[0];
ry(pi*-0.137183827729) q[1];
ry(pi*0.590171108862) q[2];
ry(pi*0.173471645693) q[3];
ry(pi*0.145011935996) q[4];
ry(pi*-0.003635933811) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
