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
ry(pi*0.007411279372) q[0];
ry(pi*0.000353965401) q[1];
ry(pi*0.001620125318) q[2];
ry(pi*5.1569378e-05) q[3];
ry(pi*-0.000171419072) q[4];
ry(pi*0.051362145069) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002028884273) q[0];
ry(pi*0.490766395011) q[1];
ry(pi*0.001275500327) q[2];
ry(pi*0.497359273053) q[3];
ry(pi*-0.003572948142) q[4];
ry(pi*0.002346378828) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000500965954) q[0];
ry(pi*-0.029066849481) q[1];
ry(pi*0.009083051177) q[2];
ry(pi*-0.02632241544) q[3];
ry(pi*0.003179747729) q[4];
ry(pi*-0.003087117735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.003851514028) q[0];
ry(pi*0.000103711237) q[1];
ry(pi*-0.050067354646) q[2];
ry(pi*-0.009358605435) q[3];
ry(pi*-0.498539150287) q[4];
ry(pi*0.02397829926) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.018447287961) q[0];
ry(pi*0.001368181903) q[1];
ry(pi*-0.006589215116) q[2];
ry(pi*0.003893614555) q[3];
ry(pi*0.000546405314) q[4];
ry(pi*-0.004707755317) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
