// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000903553689) q[0];
rz(pi*0.002493292966) q[1];
rz(pi*-0.000219917454) q[2];
rz(pi*0.001832378782) q[3];
rz(pi*-0.002056340211) q[4];
rz(pi*0.005747996092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006575825099) q[0];
rz(pi*0.002559269214) q[1];
rz(pi*0.003079616385) q[2];
rz(pi*-0.001976500072) q[3];
rz(pi*0.00418672572) q[4];
rz(pi*-0.002223571197) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002234212982) q[0];
rz(pi*0.000554285378) q[1];
rz(pi*-0.001548307984) q[2];
rz(pi*0.002247866986) q[3];
rz(pi*-0.000487771297) q[4];
rz(pi*-0.002818151467) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004530414377) q[0];
rz(pi*0.000556428557) q[1];
rz(pi*0.00037108875) q[2];
rz(pi*-0.000775913047) q[3];
rz(pi*0.001410179562) q[4];
rz(pi*-0.004122551587) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005899014421) q[0];
rz(pi*0.003188088327) q[1];
rz(pi*0.001102917914) q[2];
rz(pi*0.0047434143) q[3];
rz(pi*-0.001455178917) q[4];
rz(pi*-0.002556661647) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
