// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.16315187493) q[0];
rx(pi*-0.072876799838) q[1];
rx(pi*-0.004330388255) q[2];
rx(pi*-0.001118000137) q[3];
rx(pi*-0.00735986619) q[4];
rx(pi*-0.000600734296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004910799292) q[0];
rx(pi*-0.065777652997) q[1];
rx(pi*0.0030462368) q[2];
rx(pi*0.004432762237) q[3];
rx(pi*0.002444310519) q[4];
rx(pi*-0.000168449188) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.174500101427) q[0];
rx(pi*-0.063831561347) q[1];
rx(pi*-0.002079300052) q[2];
rx(pi*0.001943799356) q[3];
rx(pi*-0.000136359074) q[4];
rx(pi*0.004583440835) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001884043353) q[0];
rx(pi*-0.069581831205) q[1];
rx(pi*0.001153976987) q[2];
rx(pi*0.000821430522) q[3];
rx(pi*-0.005218532516) q[4];
rx(pi*0.001146267752) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.168307851926) q[0];
rx(pi*-0.069386307554) q[1];
rx(pi*-0.00049397079) q[2];
rx(pi*0.000697032737) q[3];
rx(pi*-0.00578174031) q[4];
rx(pi*0.004941627338) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
