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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.095125135504) q[0];
ry(pi*-0.021475030186) q[1];
ry(pi*-0.000552261778) q[2];
ry(pi*-0.002629315413) q[3];
ry(pi*-0.001088922993) q[4];
ry(pi*-0.002824161085) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.105045425577) q[0];
ry(pi*-0.012570643002) q[1];
ry(pi*-0.001470362748) q[2];
ry(pi*-0.001770191748) q[3];
ry(pi*0.001447934292) q[4];
ry(pi*0.001052661774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.094661821005) q[0];
ry(pi*-0.023990873448) q[1];
ry(pi*-0.000347665893) q[2];
ry(pi*0.002056982913) q[3];
ry(pi*-0.004272462381) q[4];
ry(pi*-0.001454472775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.111393052396) q[0];
ry(pi*-0.021824714527) q[1];
ry(pi*-0.005855841341) q[2];
ry(pi*-0.000747540563) q[3];
ry(pi*-0.004034405387) q[4];
ry(pi*0.00086346205) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.09441932083) q[0];
ry(pi*-0.018164418522) q[1];
ry(pi*-0.008044120114) q[2];
ry(pi*-0.001714692904) q[3];
ry(pi*-0.000154375263) q[4];
ry(pi*0.000360674046) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
