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
rz(pi*-0.01570999123) q[0];
rz(pi*0.010101541475) q[1];
rz(pi*0.016390982434) q[2];
rz(pi*0.011202269149) q[3];
rz(pi*0.032225041204) q[4];
rz(pi*-0.006536828988) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001385376548) q[0];
rz(pi*0.00049990259) q[1];
rz(pi*-0.004791641543) q[2];
rz(pi*-0.006506119817) q[3];
rz(pi*-0.008393001671) q[4];
rz(pi*0.008091165414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007627777988) q[0];
rz(pi*0.016974837914) q[1];
rz(pi*-0.003204092729) q[2];
rz(pi*-0.007922117639) q[3];
rz(pi*0.003936369939) q[4];
rz(pi*0.006007977875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.014802680047) q[0];
rz(pi*0.007667846653) q[1];
rz(pi*0.024567507426) q[2];
rz(pi*-0.001300178387) q[3];
rz(pi*-0.016306238285) q[4];
rz(pi*-0.006874323339) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.024657027964) q[0];
rz(pi*0.012855135797) q[1];
rz(pi*0.011846689196) q[2];
rz(pi*0.013228010764) q[3];
rz(pi*-0.008216582984) q[4];
rz(pi*0.005376589734) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
