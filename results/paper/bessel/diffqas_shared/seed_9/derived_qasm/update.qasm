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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.144010155945) q[0];
ry(pi*-0.138575962578) q[1];
ry(pi*0.003929894303) q[2];
ry(pi*0.00017108401) q[3];
ry(pi*0.012515793975) q[4];
ry(pi*-0.027864985204) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008386191047) q[0];
ry(pi*0.411229107745) q[1];
ry(pi*0.000889050506) q[2];
ry(pi*0.36225501974) q[3];
ry(pi*-0.017416702536) q[4];
ry(pi*-0.020070636571) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002490564448) q[0];
ry(pi*0.495921366451) q[1];
ry(pi*-0.12412211547) q[2];
ry(pi*0.124514452919) q[3];
ry(pi*0.004115012291) q[4];
ry(pi*0.018603744353) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.075534948195) q[0];
ry(pi*0.04185011058) q[1];
ry(pi*0.020450342913) q[2];
ry(pi*0.002096596231) q[3];
ry(pi*-0.174152691444) q[4];
ry(pi*-0.495947814461) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.055916377655) q[0];
ry(pi*0.039959822525) q[1];
ry(pi*-0.002261264414) q[2];
ry(pi*0.105233312698) q[3];
ry(pi*0.201703758308) q[4];
ry(pi*0.000303432747) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
