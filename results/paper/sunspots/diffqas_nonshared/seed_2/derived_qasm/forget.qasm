// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*0.349900421787) q[0];
rx(pi*-0.072885214252) q[1];
rx(pi*0.080949315041) q[2];
rx(pi*-0.100410535097) q[3];
rx(pi*0.086184664526) q[4];
rx(pi*0.003753221558) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.432563924582) q[0];
rx(pi*-0.100389038974) q[1];
rx(pi*-0.157634087637) q[2];
rx(pi*-0.021690145571) q[3];
rx(pi*0.102534031424) q[4];
rx(pi*1.4394917e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.447626047467) q[0];
rx(pi*-0.193686747879) q[1];
rx(pi*0.088213771433) q[2];
rx(pi*-0.099625898144) q[3];
rx(pi*0.089268362127) q[4];
rx(pi*-0.000332425033) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.067623715577) q[0];
rx(pi*-0.06028684495) q[1];
rx(pi*-0.084306476341) q[2];
rx(pi*-0.01713617386) q[3];
rx(pi*0.105157810648) q[4];
rx(pi*-0.003147434768) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.202573488036) q[0];
rx(pi*-0.083380985708) q[1];
rx(pi*0.086359982201) q[2];
rx(pi*-0.097621541186) q[3];
rx(pi*0.086241468933) q[4];
rx(pi*-0.00110133243) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
