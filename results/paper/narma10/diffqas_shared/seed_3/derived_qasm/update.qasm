// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.00928992231) q[0];
rz(pi*-0.054626339905) q[1];
rz(pi*0.014304722497) q[2];
rz(pi*-0.027207534437) q[3];
rz(pi*0.000944191166) q[4];
rz(pi*-0.002769002564) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.011653687735) q[0];
rz(pi*0.058877236201) q[1];
rz(pi*-0.007506103979) q[2];
rz(pi*0.01825166826) q[3];
rz(pi*-0.034846956356) q[4];
rz(pi*-0.000395177396) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000955996513) q[0];
rz(pi*-0.000740207448) q[1];
rz(pi*0.052505001729) q[2];
rz(pi*-0.0187864614) q[3];
rz(pi*0.024188040614) q[4];
rz(pi*0.011932502934) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.057351457318) q[0];
rz(pi*0.071454284877) q[1];
rz(pi*-0.004700092106) q[2];
rz(pi*-0.007631349608) q[3];
rz(pi*0.004206071994) q[4];
rz(pi*-0.000791512277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008268469891) q[0];
rz(pi*-0.026390871485) q[1];
rz(pi*0.054430062087) q[2];
rz(pi*-0.004408191936) q[3];
rz(pi*-0.015609966904) q[4];
rz(pi*-0.004648558566) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
