// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.026490487897) q[0];
ry(pi*-0.001050351841) q[1];
ry(pi*0.170261096301) q[2];
ry(pi*0.85581101579) q[3];
ry(pi*0.217829626239) q[4];
ry(pi*0.165288396048) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.225413469865) q[0];
ry(pi*-0.085654546983) q[1];
ry(pi*-0.18398381909) q[2];
ry(pi*0.143134136752) q[3];
ry(pi*0.120437607868) q[4];
ry(pi*-0.28589834287) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.153863956024) q[0];
ry(pi*0.000775884143) q[1];
ry(pi*-0.267547066499) q[2];
ry(pi*-0.034620303169) q[3];
ry(pi*-0.546871504074) q[4];
ry(pi*-0.177826820953) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.075673857167) q[0];
ry(pi*0.067010601749) q[1];
ry(pi*0.085772974874) q[2];
ry(pi*0.156584069375) q[3];
ry(pi*0.077600335738) q[4];
ry(pi*-0.158219216662) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.169632092796) q[0];
ry(pi*-0.419217696998) q[1];
ry(pi*0.507187384032) q[2];
ry(pi*0.058283066662) q[3];
ry(pi*0.010620486442) q[4];
ry(pi*-0.000927175501) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
