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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.33625484219) q[0];
ry(pi*0.049665374297) q[1];
ry(pi*0.00299824316) q[2];
ry(pi*0.02423944253) q[3];
ry(pi*0.053741488898) q[4];
ry(pi*0.300387849257) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040645673125) q[0];
ry(pi*-0.107017396054) q[1];
ry(pi*0.033087402391) q[2];
ry(pi*-0.014146023763) q[3];
ry(pi*0.039663710109) q[4];
ry(pi*0.026305885433) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.019759383901) q[0];
ry(pi*0.051189350769) q[1];
ry(pi*-0.042463456825) q[2];
ry(pi*-0.056932866329) q[3];
ry(pi*-0.014124484951) q[4];
ry(pi*-0.09987179444) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.139890479915) q[0];
ry(pi*0.474388550019) q[1];
ry(pi*-0.155656823763) q[2];
ry(pi*0.697089106692) q[3];
ry(pi*0.051203447521) q[4];
ry(pi*-0.046113837197) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022463581488) q[0];
ry(pi*0.104322307758) q[1];
ry(pi*-0.115795213666) q[2];
ry(pi*-0.501028754239) q[3];
ry(pi*0.421993789441) q[4];
ry(pi*0.003096457367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
