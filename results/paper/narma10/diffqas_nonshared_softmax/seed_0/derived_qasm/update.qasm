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
rz(pi*-0.004322038764) q[0];
rz(pi*-0.000366260742) q[1];
rz(pi*0.001253331116) q[2];
rz(pi*0.002745474282) q[3];
rz(pi*0.006493877651) q[4];
rz(pi*-0.000847978584) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005204522328) q[0];
rz(pi*0.000349296549) q[1];
rz(pi*0.000884403665) q[2];
rz(pi*-0.002755707708) q[3];
rz(pi*0.001321427123) q[4];
rz(pi*0.0063421182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006839556371) q[0];
rz(pi*0.001842710481) q[1];
rz(pi*0.001481005718) q[2];
rz(pi*0.001710042357) q[3];
rz(pi*-0.005728017196) q[4];
rz(pi*-0.002812896609) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002547515597) q[0];
rz(pi*-0.001566452897) q[1];
rz(pi*-0.002211459025) q[2];
rz(pi*-0.004493847963) q[3];
rz(pi*0.000961925423) q[4];
rz(pi*-0.003117709216) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009405398753) q[0];
rz(pi*0.001242344709) q[1];
rz(pi*0.001844943633) q[2];
rz(pi*0.001079883738) q[3];
rz(pi*-0.002786934775) q[4];
rz(pi*-0.001599535885) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
