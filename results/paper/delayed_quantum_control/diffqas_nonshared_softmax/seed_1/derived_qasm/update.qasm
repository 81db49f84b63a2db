// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
rx(pi*-0.054117746944) q[0];
rx(pi*-0.109732348817) q[1];
rx(pi*-0.124907814897) q[2];
rx(pi*0.010716751792) q[3];
rx(pi*0.053928232911) q[4];
rx(pi*0.006163864492) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.483818005623) q[0];
rx(pi*-0.332311242745) q[1];
rx(pi*-0.094302344354) q[2];
rx(pi*0.062420837949) q[3];
rx(pi*0.059120931659) q[4];
rx(pi*0.003324265816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.24137655162) q[0];
rx(pi*-0.094271494667) q[1];
rx(pi*-0.059584786881) q[2];
rx(pi*0.010236648783) q[3];
rx(pi*0.059640519327) q[4];
rx(pi*0.001890540333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.510529281756) q[0];
rx(pi*-0.352182274152) q[1];
rx(pi*-0.100226499445) q[2];
rx(pi*0.05302447556) q[3];
rx(pi*0.057616226755) q[4];
rx(pi*0.00111805209) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.198802180113) q[0];
rx(pi*-0.117260981748) q[1];
rx(pi*-0.127698563788) q[2];
rx(pi*0.010823296814) q[3];
rx(pi*0.057488345693) q[4];
rx(pi*-0.000829647278) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
