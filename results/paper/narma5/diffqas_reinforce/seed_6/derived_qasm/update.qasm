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
rx(pi*-0.037424057878) q[0];
rx(pi*-0.099949421437) q[1];
rx(pi*0.002399708554) q[2];
rx(pi*0.004609022028) q[3];
rx(pi*-0.003965900131) q[4];
rx(pi*0.002368116706) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.193072808737) q[0];
rx(pi*-0.098621177317) q[1];
rx(pi*0.001217389469) q[2];
rx(pi*-0.001729519809) q[3];
rx(pi*-0.003429471185) q[4];
rx(pi*-0.000196685992) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.043551197652) q[0];
rx(pi*-0.099943321699) q[1];
rx(pi*-0.002318637262) q[2];
rx(pi*0.001736387055) q[3];
rx(pi*-0.003297578572) q[4];
rx(pi*-0.000968549061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.188156438572) q[0];
rx(pi*-0.095959063656) q[1];
rx(pi*-0.004190290225) q[2];
rx(pi*-0.001317885149) q[3];
rx(pi*0.003763860823) q[4];
rx(pi*-0.00209546676) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.044449865563) q[0];
rx(pi*-0.099353610755) q[1];
rx(pi*-0.000352534552) q[2];
rx(pi*0.002657037562) q[3];
rx(pi*-0.002929763695) q[4];
rx(pi*0.000607703853) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
