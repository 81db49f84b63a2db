// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.001349253771) q[0];
rz(pi*0.000987294803) q[1];
rz(pi*-0.001146234031) q[2];
rz(pi*-0.008180218748) q[3];
rz(pi*-0.000111794683) q[4];
rz(pi*0.001517815962) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001674844204) q[0];
rz(pi*-0.000488494262) q[1];
rz(pi*0.001442945794) q[2];
rz(pi*0.003273240983) q[3];
rz(pi*-0.001496853151) q[4];
rz(pi*0.004667311052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006223462043) q[0];
rz(pi*-0.004014042292) q[1];
rz(pi*-0.002881165891) q[2];
rz(pi*-0.007780979369) q[3];
rz(pi*-0.003182343142) q[4];
rz(pi*0.003973691408) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003951909805) q[0];
rz(pi*0.00030990162) q[1];
rz(pi*0.005478119429) q[2];
rz(pi*0.000762321074) q[3];
rz(pi*-0.001584584618) q[4];
rz(pi*0.000769134662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000436551215) q[0];
rz(pi*0.002342549001) q[1];
rz(pi*-0.004784358675) q[2];
rz(pi*0.003181236497) q[3];
rz(pi*-0.001462718954) q[4];
rz(pi*0.002722577733) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
