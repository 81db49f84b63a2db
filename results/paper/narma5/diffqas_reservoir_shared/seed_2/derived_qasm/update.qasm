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
rx(pi*0.761745195195) q[0];
rx(pi*0.446218573152) q[1];
rx(pi*0.594775377327) q[2];
rx(pi*1.549136081121) q[3];
rx(pi*0.774348412033) q[4];
rx(pi*0.390066297839) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.167472785409) q[0];
rx(pi*1.127521177451) q[1];
rx(pi*0.412712207432) q[2];
rx(pi*0.813128404757) q[3];
rx(pi*1.507685029086) q[4];
rx(pi*0.484355731238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.447517589123) q[0];
rx(pi*0.486871821147) q[1];
rx(pi*1.365724707775) q[2];
rx(pi*1.55256377361) q[3];
rx(pi*0.425139926355) q[4];
rx(pi*1.014676358861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.111758268303) q[0];
rx(pi*1.595429433713) q[1];
rx(pi*0.601882075322) q[2];
rx(pi*0.611572368262) q[3];
rx(pi*1.013264406978) q[4];
rx(pi*1.560214040827) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.001887360877) q[0];
rx(pi*0.629867447354) q[1];
rx(pi*1.436172644912) q[2];
rx(pi*1.777609248061) q[3];
rx(pi*0.416468963258) q[4];
rx(pi*0.252131898724) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
