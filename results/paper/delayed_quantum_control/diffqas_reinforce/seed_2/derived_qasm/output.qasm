// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.316916735344) q[0];
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
rx(pi*-0.239773639031) q[0];
rx(pi*0.228888385524) q[1];
rx(pi*-0.019919895719) q[2];
rx(pi*-2.6003881e-05) q[3];
rx(pi*-0.250041709056) q[4];
rx(pi*-6.975567e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00118481163) q[0];
rx(pi*-1.0208153e-05) q[1];
rx(pi*-0.230250458054) q[2];
rx(pi*0.00094565807) q[3];
rx(pi*0.000115871017) q[4];
rx(pi*0.000196133021) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000388990353) q[0];
rx(pi*0.01997012844) q[1];
rx(pi*-0.000390965149) q[2];
rx(pi*-0.249870992273) q[3];
rx(pi*0.000633195073) q[4];
rx(pi*0.249163460566) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.239301995496) q[0];
rx(pi*0.249711317628) q[1];
rx(pi*-0.000786576991) q[2];
rx(pi*-0.001977404094) q[3];
rx(pi*0.000929575183) q[4];
rx(pi*3.107229e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-1.6457907e-05) q[0];
rx(pi*5.94004e-06) q[1];
rx(pi*-0.000641363286) q[2];
rx(pi*-0.693096253994) q[3];
rx(pi*-1.92527e-06) q[4];
rx(pi*0.000296676893) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
