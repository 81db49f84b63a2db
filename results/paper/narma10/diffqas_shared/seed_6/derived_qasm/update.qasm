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
rz(pi*0.010543974094) q[0];
rz(pi*0.025446768587) q[1];
rz(pi*-0.009158339783) q[2];
rz(pi*0.021306765629) q[3];
rz(pi*0.002805964145) q[4];
rz(pi*-0.00199250151) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009922292884) q[0];
rz(pi*-0.01042793914) q[1];
rz(pi*0.019703790193) q[2];
rz(pi*-0.010290413993) q[3];
rz(pi*-0.019888901364) q[4];
rz(pi*-0.002990070352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.008681629338) q[0];
rz(pi*0.022554913924) q[1];
rz(pi*-0.018056754108) q[2];
rz(pi*-0.009589230449) q[3];
rz(pi*0.006068978817) q[4];
rz(pi*-0.004693788114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011391417957) q[0];
rz(pi*0.007237532877) q[1];
rz(pi*-0.0211947695) q[2];
rz(pi*-0.00333297075) q[3];
rz(pi*-0.012292583155) q[4];
rz(pi*-0.002734294294) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007586128657) q[0];
rz(pi*0.019580266934) q[1];
rz(pi*-0.005658085427) q[2];
rz(pi*0.011445355107) q[3];
rz(pi*-0.011177584418) q[4];
rz(pi*0.000607705632) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
