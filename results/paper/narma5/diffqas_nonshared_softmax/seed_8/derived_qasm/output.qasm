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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106670194771) q[0];
ry(pi*0.070682715404) q[1];
ry(pi*-0.002725937688) q[2];
ry(pi*0.000485657244) q[3];
ry(pi*-0.003401886588) q[4];
ry(pi*0.000219888124) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106462604453) q[0];
ry(pi*-0.112262876987) q[1];
ry(pi*0.000519569659) q[2];
ry(pi*-0.001848541488) q[3];
ry(pi*0.002792095955) q[4];
ry(pi*-0.004539699165) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.118948038473) q[0];
ry(pi*0.028860900305) q[1];
ry(pi*0.000663507447) q[2];
ry(pi*-0.000211532667) q[3];
ry(pi*-0.003515072665) q[4];
ry(pi*0.00647468731) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.112930252873) q[0];
ry(pi*-0.076915414803) q[1];
ry(pi*-0.00284352307) q[2];
ry(pi*0.00030962155) q[3];
ry(pi*0.001951141068) q[4];
ry(pi*-0.004272216625) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.127380789237) q[0];
ry(pi*-0.027657762483) q[1];
ry(pi*-0.002613647184) q[2];
ry(pi*0.002715484593) q[3];
ry(pi*0.005414428507) q[4];
ry(pi*-0.00026963415) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
