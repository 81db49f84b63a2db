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
rz(pi*0.030359911972) q[0];
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
rx(pi*-0.048774267027) q[0];
rx(pi*-0.003326596203) q[1];
rx(pi*0.000246615834) q[2];
rx(pi*0.003335163585) q[3];
rx(pi*0.003647236825) q[4];
rx(pi*-0.005579884504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.042155088013) q[0];
rx(pi*-0.000645404111) q[1];
rx(pi*0.002769212154) q[2];
rx(pi*0.005637521933) q[3];
rx(pi*-0.000920089254) q[4];
rx(pi*-0.003909098392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.025788332592) q[0];
rx(pi*-0.000337751113) q[1];
rx(pi*-0.001984093174) q[2];
rx(pi*-0.002800296036) q[3];
rx(pi*0.002065326623) q[4];
rx(pi*-0.00404816804) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.043455205035) q[0];
rx(pi*-0.000480475608) q[1];
rx(pi*0.000888986918) q[2];
rx(pi*0.000342851632) q[3];
rx(pi*-0.002932990841) q[4];
rx(pi*-0.011281228981) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041923198348) q[0];
rx(pi*0.000563565089) q[1];
rx(pi*0.002890039208) q[2];
rx(pi*0.005034600028) q[3];
rx(pi*0.001743108595) q[4];
rx(pi*0.004587562368) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
