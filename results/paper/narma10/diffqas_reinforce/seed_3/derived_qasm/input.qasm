// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*3.2120894e-05) q[0];
rz(pi*0.003834219183) q[1];
rz(pi*-0.001804468981) q[2];
rz(pi*-0.006674491688) q[3];
rz(pi*0.001485356851) q[4];
rz(pi*5.5816638e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003296496532) q[0];
rz(pi*-0.003174676373) q[1];
rz(pi*-0.00206646069) q[2];
rz(pi*0.000460355047) q[3];
rz(pi*0.002259372031) q[4];
rz(pi*-0.00455853436) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.007432575095) q[0];
rz(pi*2.6108437e-05) q[1];
rz(pi*-0.001040725321) q[2];
rz(pi*0.002287522104) q[3];
rz(pi*0.000491835689) q[4];
rz(pi*0.007581462547) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003633497295) q[0];
rz(pi*-0.001029026177) q[1];
rz(pi*-0.001099716559) q[2];
rz(pi*-0.001442144788) q[3];
rz(pi*-0.000944946592) q[4];
rz(pi*0.002283626614) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001914530483) q[0];
rz(pi*0.005275434751) q[1];
rz(pi*-0.00012049102) q[2];
rz(pi*-0.000323660401) q[3];
rz(pi*0.003159961821) q[4];
rz(pi*-0.006161365426) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
