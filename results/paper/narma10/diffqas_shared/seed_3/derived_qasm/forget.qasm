// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.107158553297) q[0];
ry(pi*-0.03472140657) q[1];
ry(pi*-0.001411349054) q[2];
ry(pi*-2.6047429e-05) q[3];
ry(pi*-0.00166089879) q[4];
ry(pi*0.000795886904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106021317314) q[0];
ry(pi*0.039754831473) q[1];
ry(pi*-0.00131382587) q[2];
ry(pi*-0.001620478982) q[3];
ry(pi*0.001244766254) q[4];
ry(pi*0.000516314499) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.109259785104) q[0];
ry(pi*-0.020171166046) q[1];
ry(pi*-0.000549728509) q[2];
ry(pi*-0.001438862503) q[3];
ry(pi*0.005683712273) q[4];
ry(pi*-0.000331539243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.10569012903) q[0];
ry(pi*0.006151410662) q[1];
ry(pi*-0.003663392416) q[2];
ry(pi*-0.002588572326) q[3];
ry(pi*-0.006773423895) q[4];
ry(pi*-0.00655400051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.115065540763) q[0];
ry(pi*-0.002928433824) q[1];
ry(pi*-0.000748927574) q[2];
ry(pi*-0.001070432272) q[3];
ry(pi*-0.001088305119) q[4];
ry(pi*-0.003072055745) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
