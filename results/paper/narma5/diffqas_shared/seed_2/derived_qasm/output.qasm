// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.0009497235) q[0];
rz(pi*-0.003113421375) q[1];
rz(pi*0.005159348215) q[2];
rz(pi*-0.003970809033) q[3];
rz(pi*0.000467585183) q[4];
rz(pi*-0.002354403856) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004014269076) q[0];
rz(pi*-0.000613257198) q[1];
rz(pi*0.007046407346) q[2];
rz(pi*0.002359454757) q[3];
rz(pi*-0.002874330959) q[4];
rz(pi*0.002334123026) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-9.6212351e-05) q[0];
rz(pi*-0.002643514439) q[1];
rz(pi*-0.000629158473) q[2];
rz(pi*0.003127620698) q[3];
rz(pi*0.00086634072) q[4];
rz(pi*-0.002800219256) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002617241037) q[0];
rz(pi*-0.003153544882) q[1];
rz(pi*0.002151297034) q[2];
rz(pi*-0.00039122936) q[3];
rz(pi*-0.002894160741) q[4];
rz(pi*0.004032697247) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006842529164) q[0];
rz(pi*-0.001563752097) q[1];
rz(pi*-0.001545517063) q[2];
rz(pi*-0.002928922669) q[3];
rz(pi*0.003577669688) q[4];
rz(pi*-0.00343540669) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
