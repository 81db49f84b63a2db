// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.019659831523) q[0];
rx(pi*-0.000122987113) q[1];
rx(pi*0.097551047942) q[2];
rx(pi*-0.007591064536) q[3];
rx(pi*0.011272335506) q[4];
rx(pi*-0.000781674833) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.175349359559) q[0];
rx(pi*-0.250671224825) q[1];
rx(pi*0.096880237988) q[2];
rx(pi*-0.009275069613) q[3];
rx(pi*-0.001364021683) q[4];
rx(pi*-0.002301351607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.027640435621) q[0];
rx(pi*0.001057458099) q[1];
rx(pi*0.103379447575) q[2];
rx(pi*0.002469961526) q[3];
rx(pi*-0.005803229318) q[4];
rx(pi*0.001496143007) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.335532891195) q[0];
rx(pi*-0.250127807385) q[1];
rx(pi*0.100512674885) q[2];
rx(pi*-0.000843270007) q[3];
rx(pi*0.001675985534) q[4];
rx(pi*-0.003924287559) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.01498442474) q[0];
rx(pi*-0.000127488851) q[1];
rx(pi*0.10178774788) q[2];
rx(pi*-0.007394295798) q[3];
rx(pi*-0.00737620884) q[4];
rx(pi*0.000254390807) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
