// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.469394960771) q[0];
rx(pi*-0.002210485337) q[1];
rx(pi*-0.002898674773) q[2];
rx(pi*0.391788416201) q[3];
rx(pi*-0.099195207285) q[4];
rx(pi*0.185402885754) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.006322567376) q[0];
rx(pi*-0.147031518583) q[1];
rx(pi*-0.003247008491) q[2];
rx(pi*0.16107526975) q[3];
rx(pi*-0.094784299578) q[4];
rx(pi*0.009756218495) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000835526977) q[0];
rx(pi*-2.0144463e-05) q[1];
rx(pi*-0.000163959391) q[2];
rx(pi*-0.101812763448) q[3];
rx(pi*0.00126434776) q[4];
rx(pi*0.32960155492) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005998800402) q[0];
rx(pi*0.349010220465) q[1];
rx(pi*0.002689254176) q[2];
rx(pi*0.002909235182) q[3];
rx(pi*-0.001252443399) q[4];
rx(pi*0.15926989897) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.239003098829) q[0];
rx(pi*0.00118560767) q[1];
rx(pi*-0.503413590679) q[2];
rx(pi*-0.371829996319) q[3];
rx(pi*-0.004435011397) q[4];
rx(pi*0.006236115087) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
