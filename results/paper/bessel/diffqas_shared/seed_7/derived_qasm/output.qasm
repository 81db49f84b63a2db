// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.099617256057) q[0];
ry(pi*-0.471886158435) q[1];
ry(pi*0.141285043275) q[2];
ry(pi*-0.413373521526) q[3];
ry(pi*0.168011137124) q[4];
ry(pi*-0.017039004932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.089554812672) q[0];
ry(pi*0.223354319613) q[1];
ry(pi*0.356399726237) q[2];
ry(pi*0.178474019323) q[3];
ry(pi*0.144930647259) q[4];
ry(pi*-0.179165310358) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.164652790028) q[0];
ry(pi*-0.121817230189) q[1];
ry(pi*0.100669446699) q[2];
ry(pi*0.163077805323) q[3];
ry(pi*-0.082491894292) q[4];
ry(pi*-0.099297413477) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.043236719616) q[0];
ry(pi*-0.393999955564) q[1];
ry(pi*0.138099471506) q[2];
ry(pi*0.526903711654) q[3];
ry(pi*0.488652261736) q[4];
ry(pi*-0.056099735032) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.056648322545) q[0];
ry(pi*-0.230760028111) q[1];
ry(pi*0.061348664261) q[2];
ry(pi*0.03422298063) q[3];
ry(pi*-0.071127412894) q[4];
ry(pi*0.000612461306) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
