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
ry(pi*-0.012654200169) q[0];
ry(pi*-0.023110417004) q[1];
ry(pi*-0.095089874652) q[2];
ry(pi*-0.163711210505) q[3];
ry(pi*-0.000107692883) q[4];
ry(pi*-0.195679303788) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.108577809688) q[0];
ry(pi*0.185207978716) q[1];
ry(pi*-0.358550742534) q[2];
ry(pi*0.11387020074) q[3];
ry(pi*0.00564774943) q[4];
ry(pi*-0.000176065765) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.135264686868) q[0];
ry(pi*-0.124021654771) q[1];
ry(pi*-0.196405352896) q[2];
ry(pi*-0.016186631712) q[3];
ry(pi*-0.052683810389) q[4];
ry(pi*0.096588427642) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016432408243) q[0];
ry(pi*-0.192060043465) q[1];
ry(pi*-0.165244967429) q[2];
ry(pi*0.42972431138) q[3];
ry(pi*0.461373852229) q[4];
ry(pi*-0.081411462715) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.148246457455) q[0];
ry(pi*-0.014904091755) q[1];
ry(pi*0.066833590756) q[2];
ry(pi*0.015992376863) q[3];
ry(pi*0.090965578758) q[4];
ry(pi*0.000199746607) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
