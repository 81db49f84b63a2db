// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.062352042766) q[0];
ry(pi*-0.004962623055) q[1];
ry(pi*0.032490569552) q[2];
ry(pi*-0.001614235169) q[3];
ry(pi*-0.000361608528) q[4];
ry(pi*-0.000314017539) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00459692779) q[0];
ry(pi*0.158597343524) q[1];
ry(pi*0.000829168957) q[2];
ry(pi*-0.001230705002) q[3];
ry(pi*0.010796685164) q[4];
ry(pi*0.001381578293) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006474462602) q[0];
ry(pi*0.000132247037) q[1];
ry(pi*0.00347538138) q[2];
ry(pi*0.000513253253) q[3];
ry(pi*0.00107073339) q[4];
ry(pi*0.000854486755) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000392185001) q[0];
ry(pi*0.001037706431) q[1];
ry(pi*-0.004620302512) q[2];
ry(pi*-0.010633351151) q[3];
ry(pi*4.9596708e-05) q[4];
ry(pi*0.000632658352) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.062673e-05) q[0];
ry(pi*0.000514819098) q[1];
ry(pi*0.040144868477) q[2];
ry(pi*-0.989733494595) q[3];
ry(pi*-0.844527846845) q[4];
ry(pi*-0.003031341414) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
