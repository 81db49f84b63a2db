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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.0736373082) q[0];
ry(pi*0.01001099048) q[1];
ry(pi*0.000302189662) q[2];
ry(pi*0.000105859974) q[3];
ry(pi*0.079304852134) q[4];
ry(pi*-0.000378878286) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001994770828) q[0];
ry(pi*-0.000868190785) q[1];
ry(pi*-0.460953681758) q[2];
ry(pi*-0.001882824058) q[3];
ry(pi*0.005872090906) q[4];
ry(pi*-0.001242549852) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.038777350768) q[0];
ry(pi*0.236556449178) q[1];
ry(pi*0.260841585199) q[2];
ry(pi*0.004004753057) q[3];
ry(pi*0.137955136328) q[4];
ry(pi*0.002467857478) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007511963593) q[0];
ry(pi*-0.486882749449) q[1];
ry(pi*-0.002657642021) q[2];
ry(pi*-0.002015259024) q[3];
ry(pi*-0.001441169915) q[4];
ry(pi*0.100327605217) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.014785566628) q[0];
ry(pi*0.037076991776) q[1];
ry(pi*-0.007675259661) q[2];
ry(pi*-0.000212828391) q[3];
ry(pi*-0.009867474094) q[4];
ry(pi*0.000715534204) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
