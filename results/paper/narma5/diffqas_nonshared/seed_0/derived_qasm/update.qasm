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
rz(pi*-0.004322051215) q[0];
rz(pi*-0.000366269598) q[1];
rz(pi*0.001253326965) q[2];
rz(pi*0.002745501259) q[3];
rz(pi*0.006493840892) q[4];
rz(pi*-0.000847986588) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005204499797) q[0];
rz(pi*0.000349305739) q[1];
rz(pi*0.000884402702) q[2];
rz(pi*-0.002755693478) q[3];
rz(pi*0.00132142327) q[4];
rz(pi*0.006342093891) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006839577716) q[0];
rz(pi*0.001842702032) q[1];
rz(pi*0.001481010906) q[2];
rz(pi*0.00171005377) q[3];
rz(pi*-0.005728010674) q[4];
rz(pi*-0.002812879118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002547512039) q[0];
rz(pi*-0.001566455713) q[1];
rz(pi*-0.002211456505) q[2];
rz(pi*-0.004493836994) q[3];
rz(pi*0.000961927943) q[4];
rz(pi*-0.003117700322) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009405388081) q[0];
rz(pi*0.001242345005) q[1];
rz(pi*0.00184493889) q[2];
rz(pi*0.00107988611) q[3];
rz(pi*-0.002786930328) q[4];
rz(pi*-0.001599534699) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
