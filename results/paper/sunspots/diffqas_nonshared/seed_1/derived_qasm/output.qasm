// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000966287747) q[0];
rx(pi*-0.217659744256) q[1];
rx(pi*0.153236546231) q[2];
rx(pi*-0.010430573981) q[3];
rx(pi*0.159122480721) q[4];
rx(pi*0.172618194583) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.077836333004) q[0];
rx(pi*0.013984428127) q[1];
rx(pi*-0.300809196037) q[2];
rx(pi*0.169557776544) q[3];
rx(pi*0.049258166957) q[4];
rx(pi*-0.02705294686) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.022014536867) q[0];
rx(pi*-0.216828472288) q[1];
rx(pi*-0.16541069438) q[2];
rx(pi*-0.264505336615) q[3];
rx(pi*-0.282727086038) q[4];
rx(pi*-0.216988697143) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.05241674525) q[0];
rx(pi*-0.118322203418) q[1];
rx(pi*-0.06507076162) q[2];
rx(pi*0.067810464333) q[3];
rx(pi*0.001897602346) q[4];
rx(pi*0.28359968065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.310696217398) q[0];
rx(pi*0.200723227735) q[1];
rx(pi*-0.017686499751) q[2];
rx(pi*0.011520816839) q[3];
rx(pi*-0.012607784527) q[4];
rx(pi*-0.002063726835) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
