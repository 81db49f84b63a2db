// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000601795139) q[0];
rx(pi*-0.001663961555) q[1];
rx(pi*-0.001314821494) q[2];
rx(pi*-0.007771433705) q[3];
rx(pi*0.005728645076) q[4];
rx(pi*0.003641993232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001035836874) q[0];
rx(pi*0.002463101988) q[1];
rx(pi*0.000895119933) q[2];
rx(pi*-0.001762874048) q[3];
rx(pi*0.003111693965) q[4];
rx(pi*-0.000988532404) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001046665422) q[0];
rx(pi*-0.002521483505) q[1];
rx(pi*0.001448176936) q[2];
rx(pi*-0.000315758437) q[3];
rx(pi*0.001735707741) q[4];
rx(pi*-0.001932732167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000403719616) q[0];
rx(pi*-0.002840197207) q[1];
rx(pi*0.002678464316) q[2];
rx(pi*0.000598531085) q[3];
rx(pi*0.001052240149) q[4];
rx(pi*0.001306674478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003217342525) q[0];
rx(pi*0.00249294197) q[1];
rx(pi*0.006546688888) q[2];
rx(pi*-0.005215325529) q[3];
rx(pi*-0.005504888197) q[4];
rx(pi*-0.00479002708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
