// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
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
rz(pi*-0.003682276526) q[0];
rz(pi*-0.004344527102) q[1];
rz(pi*-0.00073599283) q[2];
rz(pi*0.007249568121) q[3];
rz(pi*0.000883503794) q[4];
rz(pi*0.002428513484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000677125137) q[0];
rz(pi*0.002492379013) q[1];
rz(pi*-0.0042751408) q[2];
rz(pi*-0.00137031604) q[3];
rz(pi*0.000831952689) q[4];
rz(pi*-5.6941185e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000611083929) q[0];
rz(pi*-0.002119503304) q[1];
rz(pi*-0.000822387089) q[2];
rz(pi*-0.002464283042) q[3];
rz(pi*-0.007708893007) q[4];
rz(pi*-0.003802209489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001514066472) q[0];
rz(pi*0.004956348708) q[1];
rz(pi*0.005772795845) q[2];
rz(pi*0.000307943592) q[3];
rz(pi*0.002843704201) q[4];
rz(pi*0.002890164606) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002203564583) q[0];
rz(pi*-0.005404746477) q[1];
rz(pi*9.829486e-05) q[2];
rz(pi*-0.005609294042) q[3];
rz(pi*-0.001018386245) q[4];
rz(pi*0.001935701105) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
