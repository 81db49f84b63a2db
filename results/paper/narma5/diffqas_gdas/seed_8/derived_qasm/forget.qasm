// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*0.030359911972) q[0];
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
rz(pi*-0.000355326807) q[0];
rz(pi*-0.003174798806) q[1];
rz(pi*-0.004349718224) q[2];
rz(pi*-0.000544363224) q[3];
rz(pi*-0.000994122472) q[4];
rz(pi*-0.003588922306) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005446730796) q[0];
rz(pi*-0.001315250012) q[1];
rz(pi*0.001020705441) q[2];
rz(pi*0.000442267904) q[3];
rz(pi*-0.004867780661) q[4];
rz(pi*-0.001628544326) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000858544625) q[0];
rz(pi*-0.003327750873) q[1];
rz(pi*-0.0005214291) q[2];
rz(pi*-0.002292459613) q[3];
rz(pi*0.002698128976) q[4];
rz(pi*-0.002329060415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004928900775) q[0];
rz(pi*0.003010391647) q[1];
rz(pi*0.001039951218) q[2];
rz(pi*0.000678411504) q[3];
rz(pi*0.004363708254) q[4];
rz(pi*-0.001246186542) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00126477687) q[0];
rz(pi*-0.000846793602) q[1];
rz(pi*0.004843495544) q[2];
rz(pi*-0.000998749673) q[3];
rz(pi*-0.000842282238) q[4];
rz(pi*-0.008449558839) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
